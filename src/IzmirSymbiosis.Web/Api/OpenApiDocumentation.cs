using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// What the OpenAPI document at <c>/openapi/v1.json</c> says beyond the endpoints themselves: how
/// to authenticate (per operation), what each tag covers, who runs the API and under which terms,
/// and that enums are strings. The tests lint the served document (Redocly, recommended rules).
/// </summary>
internal static class OpenApiDocumentation
{
    /// <summary>Security scheme of personal access tokens.</summary>
    public const string TokenScheme = "PersonalAccessToken";

    /// <summary>Security scheme of the browser's sign-in cookie.</summary>
    public const string CookieScheme = "BrowserSession";

    private static readonly Dictionary<string, string> s_tags = new(StringComparer.Ordinal)
    {
        ["Companies"] = "Firms the user sees in full: their own, their zone's (OIZ staff) or all (experts, admins).",
        ["Field"] = "The field team's site visits (participants by gender, follow-ups, streams found) and workshops (participants by stakeholder type and gender, synergy topics): OIZ staff of the zone, experts and admins only; the visited firm does not see them.",
        ["Permits"] = "A firm's hazardous-waste permits (authority, number, valid until, EWC codes, R/D operations): hazardous offers match only towards a valid permit covering their code.",
        ["Contacts"] = "A firm's contact persons, personal data under KVKK: each is kept only with the consent the editor records; only consented persons are shown to the other firm of an accepted introduction.",
        ["Streams"] = "Offers and needs of a firm: material, quantity, terms, status. Editing needs edit rights on the firm.",
        ["Matches"] = "Scored offer × need pairs and latent receivers, with the reasons; a firm the user may not read appears without its name.",
        ["Offers"] = "The marketplace: active offers of all firms, anonymised unless the user may read the firm.",
        ["Exchanges"] = "Symbioses from Identified to Verified: parties, streams, route, legal checklist, history and race-safe workflow actions; seen only by the parties, their zones' staff, experts and admins.",
        ["Documents"] = "Files on an exchange or introduction (analysis reports, permits, feasibility notes, photos): PDF, images or xlsx, type decided from the content, downloaded as attachments, under the subject's own access rule.",
        ["Notifications"] = "The signed-in user's own notices (newest first, read state) and e-mail preference: immediate, daily digest or off.",
        ["Introductions"] = "Requests to introduce the two firms of a match, and their comment thread: each firm accepts or declines; only when both accepted do they see each other's name, contact and the pair's exact figures (this pair only).",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddSchemaTransformer(DescribeEnum);
        options.AddDocumentTransformer(DescribeDocument);
        options.AddOperationTransformer(DescribeSecurity);
    }

    // The generator cannot see through StrictEnumConverter: an enum is a string, one of its names
    // (an optional enum too: its schema is the enum's, referenced as "null or the enum").
    private static Task DescribeEnum(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // An enum used only as nullable (ExchangeRoute?) reaches here as Nullable<T> for its component schema.
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 })
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))];
        }

        return Task.CompletedTask;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "IzmirSymbiosis API";
        document.Info.Description =
            "Companies, streams, matches, anonymised offers and exchanges of the İzmir industrial symbiosis platform. " +
            "Authenticate with a personal access token (Authorization: Bearer izs_…) created on the profile page, " +
            "or with the browser's sign-in cookie. Data you may not see answers 404; errors are RFC 9457 problem " +
            "details with messages in the language of Accept-Language (tr or en).";
        document.Info.Contact = new OpenApiContact
        {
            Name = "İzmir Development Agency (İZKA), Industrial Symbiosis in İzmir Region programme",
            Url = new Uri("https://www.izka.org.tr/"),
        };

        // No open licence has been granted: the code is the contributors' (see NOTICE), and the
        // reference data keeps its publishers' licences, listed there. SPDX names such terms with
        // a LicenseRef- identifier.
        document.Info.License = new OpenApiLicense
        {
            Name = "Proprietary: © the IzmirSymbiosis contributors; reference data under the licences listed in NOTICE",
            Identifier = "LicenseRef-IzmirSymbiosis-Proprietary",
        };

        // The generator writes the request's base address with a trailing slash; paths start with one.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        var cookie = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[TokenScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "izs_…",
            Description = "A personal access token (izs_…) that a user creates, sees once and revokes on /profile. " +
                "It acts as that user; experts and admins need two-factor authentication first.",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = cookie,
            Description = "The sign-in cookie of the web application, for calls from a signed-in browser.",
        };

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description = tag.Name is { } name && s_tags.TryGetValue(name, out var text)
                ? text
                : throw new InvalidOperationException($"OpenAPI tag '{tag.Name}' has no description in OpenApiDocumentation.");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Each operation names its requirements: either scheme for endpoints that need a signed-in
    /// user, an empty requirement (no authentication) for anonymous ones.
    /// </summary>
    private static Task DescribeSecurity(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
        operation.Security = anonymous
            ? [new OpenApiSecurityRequirement()]
            :
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
        return Task.CompletedTask;
    }
}
