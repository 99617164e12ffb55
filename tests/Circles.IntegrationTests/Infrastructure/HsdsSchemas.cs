using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// The HSDS 3.0 JSON schemas of shared/hsds/schema, to validate what the API answers. The schemas
/// refer to each other by file name ("phone.json"), resolved from the schema folder. A list is
/// checked against the openapi's Page envelope (all of its fields required here) with its contents
/// against the table's schema.
/// </summary>
public static class HsdsSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Cache = new();

    /// <summary>The schema of one document, e.g. "service" for schema/service.json.</summary>
    public static Task<JsonSchema> DocumentAsync(string table) =>
        Cached("document:" + table, () => JsonSchema.FromFileAsync(Path.Combine(HsdsExampleData.SchemaFolder, table + ".json")));

    /// <summary>A page of documents of a table.</summary>
    public static Task<JsonSchema> PageAsync(string table) =>
        Cached("page:" + table, () => PageSchemaAsync(new JsonObject { ["$ref"] = table + ".json" }));

    /// <summary>A page of "minimal" services: just the id and when it last changed, nothing else.</summary>
    public static Task<JsonSchema> MinimalPageAsync() => Cached("minimal", () =>
    {
        var service = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsExampleData.SchemaFolder, "service.json")))!["properties"]!;
        return PageSchemaAsync(new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["id"] = service["id"]!.DeepClone(),
                ["last_modified"] = service["last_modified"]!.DeepClone(),
            },
        });
    });

    /// <summary>The openapi's answer of GET / (version, profile, openapi_url), all required here.</summary>
    public static Task<JsonSchema> BaseAsync() => Cached("base", () =>
    {
        var schema = OpenApi()["paths"]!["/"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone().AsObject();
        schema["required"] = new JsonArray("version", "profile", "openapi_url");
        return JsonSchema.FromJsonAsync(schema.ToJsonString(), Path.Combine(HsdsExampleData.SchemaFolder, "base.json"));
    });

    /// <summary>Every validation error of a JSON answer, as readable lines (empty when it is valid).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(Task<JsonSchema> schema, string json) =>
        Flatten((await schema).Validate(json)).Select(e => $"{e.Path}: {e.Kind} {e.Property}").ToList();

    /// <summary>Nested documents report their errors as children of "item not valid"; the leaves say what is wrong.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? [e, .. Flatten(child.Errors.Values.SelectMany(v => v))]
            : new[] { e });

    private static Task<JsonSchema> PageSchemaAsync(JsonObject item)
    {
        var page = OpenApi()["components"]!["schemas"]!["Page"]!.DeepClone().AsObject();
        page["required"] = new JsonArray([.. page["properties"]!.AsObject().Select(p => (JsonNode)p.Key), "contents"]);
        page["properties"]!["contents"] = new JsonObject { ["type"] = "array", ["items"] = item };
        // The document path makes NJsonSchema resolve "service.json" from the schema folder.
        return JsonSchema.FromJsonAsync(page.ToJsonString(), Path.Combine(HsdsExampleData.SchemaFolder, "page.json"));
    }

    private static JsonNode OpenApi() => JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsExampleData.SchemaFolder, "openapi.json")))!;

    private static Task<JsonSchema> Cached(string key, Func<Task<JsonSchema>> load) => Cache.GetOrAdd(key, _ => new Lazy<Task<JsonSchema>>(load)).Value;
}
