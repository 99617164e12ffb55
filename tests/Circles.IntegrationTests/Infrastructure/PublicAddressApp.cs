namespace Circles.IntegrationTests.Infrastructure;

/// <summary>An app with a public address, as a real deployment has (Circles:PublicUrl).</summary>
public sealed class PublicAddressApp : CirclesApp
{
    public const string PublicUrl = "https://circles.example.org";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Circles:PublicUrl"] = PublicUrl };

    protected override string Origin => PublicUrl;
}
