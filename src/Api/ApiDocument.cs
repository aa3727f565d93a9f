using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

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
    }
}
