namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>Draws from a seeded <see cref="Random"/>; every call consumes a fixed number of values.</summary>
internal static class DemoRandom
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An index drawn with the given relative weights.</summary>
    public static int WeightedIndex(this Random random, IReadOnlyList<int> weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Weights must be positive.");
    }

    public static decimal Between(this Random random, decimal min, decimal max) =>
        min + ((max - min) * (decimal)random.NextDouble());
}
