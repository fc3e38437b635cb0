namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// Base of the tests on the shared seeded database: before every test the firm data, the engine
/// and the current user are reset (<see cref="SeededDatabaseFixture.ResetAsync"/>), then the
/// test class arranges its own data. Derived classes carry
/// <c>[Collection(SeededDatabaseCollection.Name)]</c>.
/// </summary>
public abstract class SeededDatabaseTest(SeededDatabaseFixture fixture) : IAsyncLifetime
{
    /// <summary>The shared database.</summary>
    protected TestDatabase Database => fixture.Database;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await ArrangeAsync();
    }

    /// <summary>The test class's own data, after the reset.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task DisposeAsync() => Task.CompletedTask;
}
