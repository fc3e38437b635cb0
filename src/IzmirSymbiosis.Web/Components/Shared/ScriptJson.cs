using System.Text.Json;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// What a page hands to its own script, as one JSON string the script parses. The circuit's JS
/// runtime serializes every argument with serializer options of its own, so each circuit built (and
/// kept, as long as it lived) the metadata and emitted accessors of every type it sent: a heap dump
/// of 20 idle OIZ-staff circuits held some 80 property descriptions and 67 emitted methods each for the
/// map's firms, areas and lines. Serialized here, with one set of options for the whole app, the
/// metadata is built once and the circuit sends a string.
/// </summary>
public static class ScriptJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    /// <summary><paramref name="value"/> as JSON with camel-case names, as the JS runtime would write it.</summary>
    public static string Of(object value) => JsonSerializer.Serialize(value, value.GetType(), s_options);
}
