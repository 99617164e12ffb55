using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-12: length is what protects a password, not composition rules. At least 8 characters
/// (15 for staff), up to 256, and not on the shipped list of common and breached passwords.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<CirclesUser>
{
    public const int MinimumLength = 8;
    public const int StaffMinimumLength = 15;
    public const int MaximumLength = 256;

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(LoadCommonPasswords);

    public async Task<IdentityResult> ValidateAsync(UserManager<CirclesUser> manager, CirclesUser user, string? password)
    {
        password ??= "";
        var roles = await manager.GetRolesAsync(user);
        var minimum = roles.Any(Roles.Staff.Contains) ? StaffMinimumLength : MinimumLength;

        if (password.Length < minimum)
        {
            return Failed("PasswordTooShort", minimum == StaffMinimumLength
                ? "Use at least 15 characters. A few words you remember work well."
                : "Use at least 8 characters. A few words you remember work well.");
        }
        if (password.Length > MaximumLength)
        {
            return Failed("PasswordTooLong", "Use at most 256 characters.");
        }
        if (IsCommon(password) || (user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            return Failed("PasswordTooCommon", "That password is too easy to guess. Try a few unrelated words.");
        }
        return IdentityResult.Success;
    }

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim().ToLowerInvariant());

    private static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static FrozenSet<string> LoadCommonPasswords()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Accounts", "common-passwords.txt");
        return File.ReadLines(path)
            .Select(line => line.Trim().ToLowerInvariant())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
