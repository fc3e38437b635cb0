using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Documents;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// <c>/api/v1/exchanges/{id}/documents</c> and <c>/api/v1/introductions/{id}/documents</c>: list,
/// upload (streamed multipart, size-limited on these endpoints only) and download (an attachment of
/// the detected type, never sniffed or cached by proxies), under the subject's own access rule.
/// Also the browser's download route for the UI (<see cref="DownloadPath"/>), same service, same rule.
/// </summary>
public static class DocumentsApi
{
    /// <summary>Room on top of the file for the other form fields and the multipart framing.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    private const int FieldMaxBytes = 8 * 1024;

    /// <summary>The UI's download link of a document (cookie-authenticated; a friendly 404 page otherwise).</summary>
    public static string DownloadPath(SubjectKind kind, Guid subjectId, Guid documentId) =>
        $"/documents/{Segment(kind)}/{subjectId}/{documentId}";

    /// <summary>Maps the API endpoints for both kinds of subject.</summary>
    internal static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var limit = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<DocumentOptions>>().Value.MaxBytes + FormOverheadBytes;
        foreach (var (kind, name) in new[] { (SubjectKind.Exchange, "Exchange"), (SubjectKind.Introduction, "Introduction") })
        {
            var documents = api.MapGroup($"/{Segment(kind)}/{{id:guid}}/documents").WithTags("Documents");
            documents.MapGet("/", (Guid id, DocumentService service, CancellationToken cancellationToken) => ListAsync(kind, id, service, cancellationToken))
                .WithName($"List{name}Documents")
                .WithSummary($"The documents of an {name.ToLowerInvariant()}, newest first, and whether the user may add one; 404 when the user may not see it.");
            documents.MapPost("/", (Guid id, HttpRequest request, DocumentService service, CancellationToken cancellationToken) => UploadAsync(kind, id, limit, request, service, cancellationToken))
                .WithName($"Upload{name}Document")
                .WithSummary($"Adds a document to an {name.ToLowerInvariant()} the user may contribute to.")
                .WithDescription("multipart/form-data with the fields category and note first, then file. The type is decided from the " +
                    "content (PDF, PNG, JPEG, GIF, WebP, xlsx without macros), never from the name; a name whose extension disagrees " +
                    "is given the right one. At most the configured size (10 MB by default): 413 beyond it.")
                .AddOpenApiOperationTransformer(DescribeUploadForm)
                .WithMetadata(new RequestSizeLimit(limit))
                .Produces<DocumentView>(StatusCodes.Status201Created)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
            documents.MapGet("/{documentId:guid}", (Guid id, Guid documentId, HttpContext http, DocumentService service, CancellationToken cancellationToken) =>
                    DownloadAsync(kind, id, documentId, http, service, cancellationToken))
                .WithName($"Download{name}Document")
                .WithSummary("Downloads a document as an attachment of its detected type.")
                .Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream");
        }
    }

    /// <summary>Maps the browser's download route (<see cref="DownloadPath"/>) for signed-in users.</summary>
    public static IEndpointRouteBuilder MapDocumentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{segment}/{subjectId:guid}/{documentId:guid}", async (string segment, Guid subjectId, Guid documentId, HttpContext http, DocumentService service, CancellationToken cancellationToken) =>
            {
                if (KindOf(segment) is not { } kind)
                {
                    return Results.NotFound();
                }

                try
                {
                    return await DownloadAsync(kind, subjectId, documentId, http, service, cancellationToken);
                }
                catch (NotFoundException)
                {
                    return Results.NotFound();
                }
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Ok<SubjectDocumentList>> ListAsync(SubjectKind kind, Guid id, DocumentService documents, CancellationToken cancellationToken) =>
        TypedResults.Ok(await documents.ListAsync(kind, id, cancellationToken) ?? throw new NotFoundException(kind.ToString(), id));

    private static async Task<IResult> DownloadAsync(SubjectKind kind, Guid id, Guid documentId, HttpContext http, DocumentService documents, CancellationToken cancellationToken)
    {
        var file = await documents.OpenAsync(kind, id, documentId, cancellationToken);

        // Served as what the bytes are, never sniffed into something else, never kept by a shared cache.
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";

        // Content-Disposition: attachment; filename="ASCII fallback"; filename*=UTF-8''… (RFC 6266 / 5987).
        return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// Reads the multipart body as it arrives: the small fields into memory, the file straight into
    /// the service (which stages it once). Cookie-authenticated posts need no antiforgery token here:
    /// the session cookie is SameSite=Lax, so no other site's form can send it.
    /// </summary>
    private static async Task<IResult> UploadAsync(SubjectKind kind, Guid id, long limit, HttpRequest request, DocumentService documents, CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (request.ContentLength > limit)
        {
            return TooLarge(context, documents.MaxBytes);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ||
            !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return ApiProblems.Validation(context, [new FieldError("File", "Document.FileRequired", [])]);
        }

        DocumentCategory? category = null;
        string? note = null;
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
                    !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition() && name == "file")
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var view = await documents.UploadAsync(kind, id, new DocumentUpload(category, fileName, note), section.Body, cancellationToken);
                    return TypedResults.Created($"/api/v1/{Segment(kind)}/{id}/documents/{view.Id}", view);
                }

                if (name == "category")
                {
                    var text = await ReadFieldAsync(section, cancellationToken);
                    category = Enum.TryParse<DocumentCategory>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(text.FirstOrDefault()) && !text.StartsWith('-')
                        ? parsed
                        : throw new ValidationFailedException([new FieldError("Category", "Value.Undefined", [string.Join(", ", Enum.GetNames<DocumentCategory>())])]);
                }
                else if (name == "note")
                {
                    note = await ReadFieldAsync(section, cancellationToken);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(context, documents.MaxBytes);
        }
        catch (InvalidDataException)
        {
            // Malformed multipart framing or headers over the limit.
            return ApiProblems.Problem(context, StatusCodes.Status400BadRequest, "Api.BadRequest");
        }

        return ApiProblems.Validation(context, [new FieldError("File", "Document.FileRequired", [])]);
    }

    /// <summary>A small text field; anything past <see cref="FieldMaxBytes"/> is cut (the note's own limit is far below).</summary>
    private static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        var buffer = new byte[FieldMaxBytes];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await section.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static ProblemHttpResult TooLarge(HttpContext context, long maxBytes)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var megabytes = (maxBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: l["Api.PayloadTooLarge"],
            detail: string.Format(CultureInfo.CurrentCulture, l["Document.TooLarge"], megabytes));
    }

    /// <summary>
    /// The request body as the OpenAPI document shows it. Not Accepts metadata: that makes routing
    /// turn any other content type into the API's 404 instead of this endpoint's 400 at the file.
    /// </summary>
    private static Task DescribeUploadForm(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The fields category and note first, then file.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "category", "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["category"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Description = "What the document is.",
                                Enum = [.. Enum.GetNames<DocumentCategory>().Select(n => (JsonNode)JsonValue.Create(n))],
                            },
                            ["note"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = SubjectDocument.NoteMaxLength, Description = "Optional note." },
                            ["file"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Format = "binary",
                                Description = "PDF, PNG, JPEG, GIF, WebP or xlsx (decided from the content).",
                            },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static string Segment(SubjectKind kind) => kind == SubjectKind.Exchange ? "exchanges" : "introductions";

    private static SubjectKind? KindOf(string segment) => segment switch
    {
        "exchanges" => SubjectKind.Exchange,
        "introductions" => SubjectKind.Introduction,
        _ => null,
    };

    /// <summary>The endpoint's own request size limit (Kestrel refuses a larger body with 413).</summary>
    private sealed class RequestSizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize { get; } = bytes;
    }
}
