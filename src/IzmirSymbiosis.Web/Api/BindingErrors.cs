using System.Text.Json;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Application.Common;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// Turns a request the endpoint could not bind (a JSON value of the wrong type, an undefined enum
/// name, a number beyond its type, a query value that does not parse) into an error at the field
/// that caused it, with a message chosen by the field's type.
/// </summary>
internal static partial class BindingErrors
{
    /// <summary>The field error, or null when the failing field cannot be told.</summary>
    public static FieldError? From(HttpContext context, BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.InnerException is JsonException json)
        {
            return FromJson(context, json);
        }

        // Query and route values: "Failed to bind parameter "double? MinScore" from "abc"." (the
        // framework's wording, which names the parameter but carries it in no property).
        var match = ParameterName().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var parameter = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return Error(name, parameter?.ParameterInfo.ParameterType);
    }

    private static FieldError FromJson(HttpContext context, JsonException json)
    {
        var name = FirstProperty(json.Path);
        var requestType = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (name is null || requestType is null)
        {
            return Error(name ?? "body", null);
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var property = options.GetTypeInfo(requestType).Properties
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return property is null ? Error(name, null) : Error(property.Name, property.PropertyType);
    }

    /// <summary>The first property of a JSON path: <c>$.unit</c> and <c>$['unit']</c> give <c>unit</c>; <c>$</c> gives null.</summary>
    private static string? FirstProperty(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var rest = path.AsSpan(1);
        if (rest.StartsWith("['", StringComparison.Ordinal))
        {
            var end = rest.IndexOf("']", StringComparison.Ordinal);
            return end < 2 ? null : rest[2..end].ToString();
        }

        if (rest.StartsWith(".", StringComparison.Ordinal))
        {
            rest = rest[1..];
            var end = rest.IndexOfAny('.', '[');
            var name = end < 0 ? rest : rest[..end];
            return name.IsEmpty ? null : name.ToString();
        }

        return null;
    }

    private static FieldError Error(string field, Type? type)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (t is { IsEnum: true })
        {
            return new FieldError(field, "Value.Undefined", [string.Join(", ", Enum.GetNames(t))]);
        }

        var code = t is null ? TypeCode.Empty : Type.GetTypeCode(t);
        return new FieldError(field, code switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or
                TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "Input.Number",
            TypeCode.DateTime => "Input.Date",
            TypeCode.String => "Input.Text",
            TypeCode.Boolean => "Input.Boolean",
            _ when t == typeof(DateOnly) || t == typeof(DateTimeOffset) => "Input.Date",
            _ => "Input.Invalid",
        }, []);
    }

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
