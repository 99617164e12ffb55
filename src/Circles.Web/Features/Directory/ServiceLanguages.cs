namespace Circles.Web.Features.Directory;

/// <summary>How the directory's pages name the language of a service.</summary>
public static class ServiceLanguages
{
    /// <summary>The name the directory gives, else the language's own name for its code ("es" → "español").</summary>
    public static string NameOf(string? name, string? code)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            return name;
        }
        try
        {
            return code is { Length: > 0 } ? new System.Globalization.CultureInfo(code).NativeName : "";
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return code ?? "";
        }
    }
}
