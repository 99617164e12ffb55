namespace Circles.Web.Hosting;

/// <summary>
/// The one rule for the address in links that people are shown (invitations, calendar feeds,
/// the first coordinator's invitation printed by <c>organization create</c>): <c>Circles:PublicUrl</c>
/// when it is set; otherwise, for development and demo set-ups, the address the request came in on
/// (or, with no request, the first address Circles listens on). Behind a proxy the request's own
/// address may be an internal one, and a Host header is whatever the client sent: a real
/// deployment sets the public address.
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "Circles:PublicUrl";
    private const string DevelopmentAddress = "http://localhost:5080";

    private readonly string? _listening;

    public PublicAddress(IConfiguration configuration, IHostEnvironment environment)
    {
        Configured = Parse(configuration[Setting]);
        var mayGuess = !environment.IsProduction() || configuration.GetValue<bool>("Demo:Enabled");
        _listening = mayGuess
            ? (configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DevelopmentAddress)
                .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/')
            : null;
    }

    /// <summary>The configured public address (scheme, host and port; Circles is served at its root); null when not set.</summary>
    public Uri? Configured { get; }

    /// <summary>The absolute link to <paramref name="path"/> (which starts with "/") for someone who made this request.</summary>
    public string Link(HttpRequest request, string path) =>
        Configured is null ? $"{request.Scheme}://{request.Host}{path}" : Configured.GetLeftPart(UriPartial.Authority) + path;

    /// <summary>
    /// The absolute link to <paramref name="path"/> where there is no request (the command line); null in
    /// production without <c>Circles:PublicUrl</c>, where a guessed address would be a broken or wrong link.
    /// </summary>
    public string? Link(string path) =>
        Configured is not null ? Configured.GetLeftPart(UriPartial.Authority) + path
        : _listening is not null ? _listening + path
        : null;

    /// <summary>Reads the setting; a value that is not an absolute http(s) address stops Circles from starting.</summary>
    public static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new RefusedToStartException(
                $"Circles__PublicUrl ({Setting}) must be the address people open, a scheme and a host name only, such as https://circles.example.org; \"{value}\" is not.");
        }
        return uri;
    }
}
