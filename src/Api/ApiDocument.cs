using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MppQueue.Api.Idempotency;

namespace MppQueue.Api;

/// <summary>The OpenAPI document of /api/v1: only its endpoints, a title, and the bearer credential they take.</summary>
public static class ApiDocument
{
    public const string SecuritySchemeName = "ApiClient";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiEndpoints.Prefix.TrimStart('/') + "/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = ApiProblems.Text(nameof(ApiText.DocumentTitle)),
                Version = ApiEndpoints.DocumentName,
                Description = ApiProblems.Text(nameof(ApiText.DocumentDescription)),
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Authorization: Bearer <clientId>.<secret>, as shown once in /admin/api-clients.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] });
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiIdempotent>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = ApiIdempotency.Header,
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "1 to 64 visible ASCII characters, new for each intended change and the same on every retry: a retry within 24 hours gets the first answer; the key with another request is 409 IdempotencyKeyReused.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ApiIdempotency.MaxKeyLength },
                });
            }

            return Task.CompletedTask;
        });
    }
}
