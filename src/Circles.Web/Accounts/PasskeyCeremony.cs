using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace Circles.Web.Accounts;

/// <summary>
/// The two halves of a passkey ceremony that Identity can throw on: an answer that arrives with
/// no ceremony under way (its state lives in a short-lived cookie that may be gone), or one that
/// is not the JSON a browser sends. Either is a failed attempt, never a 500.
/// </summary>
public static class PasskeyCeremony
{
    public static async Task<PasskeyAssertionResult<CirclesUser>?> AssertAsync(SignInManager<CirclesUser> signIn, string credentialJson)
    {
        try
        {
            return await signIn.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or FormatException or PasskeyException)
        {
            return null;
        }
    }

    public static async Task<PasskeyAttestationResult?> AttestAsync(SignInManager<CirclesUser> signIn, string credentialJson)
    {
        try
        {
            return await signIn.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or FormatException or PasskeyException)
        {
            return null;
        }
    }
}
