using System.Text.Json;
using System.Text.Json.Serialization;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// Enums as their member names, and nothing else: a number, a name that is not a member, or a
/// comma-separated list (which <see cref="JsonStringEnumConverter"/> reads as a bitwise OR of
/// members even for enums that are not flags) fails binding, so no undefined value gets in.
/// Names are matched ignoring case, as the standard converter does.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> s_byName =
            Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && s_byName.TryGetValue(name, out var value))
            {
                return value;
            }

            throw new JsonException($"Expected one of the names of {typeof(TEnum).Name}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value.ToString());
        }
    }
}
