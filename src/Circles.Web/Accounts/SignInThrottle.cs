using System.Collections.Concurrent;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-13: how many password guesses each kind of client still has, after OWASP's "Slow Down
/// Online Guessing Attacks with Device Cookies". A browser holding a device cookie for the
/// account (<see cref="DeviceCookies"/>) spends its own budget; every other client shares the
/// name's budget. So whoever knows a pseudonym can slow strangers' browsers down but never the
/// owner's own browser. Failures are counted here and not in Identity's AccessFailedCount,
/// because Identity's lockout is one per account: it would stop the owner's browser too.
/// </summary>
/// <remarks>
/// Counts live in this node's memory, as the per-address limiter's do: a restart forgives, and
/// each node of a cluster counts for itself. The clock is the injected one, so the window can be
/// tested without waiting.
/// </remarks>
public sealed class SignInThrottle(IConfiguration configuration, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly int _perUnknownBrowsers = configuration.GetValue("RateLimits:SignInPerAccountPer15Minutes", 10);
    private readonly int _perKnownBrowser = configuration.GetValue("RateLimits:SignInPerDevicePer15Minutes", 10);
    private readonly int _passwordChanges = configuration.GetValue("RateLimits:PasswordChangesPerPersonPer15Minutes", 5);
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _tries = new(StringComparer.Ordinal);
    private int _triesSinceSweep;

    /// <summary>
    /// Takes one guess from the budget the client spends for this name, or null when it is spent.
    /// The guess counts as failed until <see cref="Succeeded"/> says otherwise, so that a burst
    /// of parallel requests cannot overdraw the budget. A name that has no account has a budget
    /// like any other (SEC-14).
    /// </summary>
    public Guess? TryGuess(string normalizedName, Guid? knownBrowser) =>
        knownBrowser is { } nonce
            ? TryTake("browser:" + nonce.ToString("N"), _perKnownBrowser)
            : TryTake("name:" + normalizedName, _perUnknownBrowsers);

    /// <summary>A right password costs nothing: only failures spend the budget.</summary>
    public void Succeeded(Guess guess)
    {
        if (_tries.TryGetValue(guess.Budget, out var tries))
        {
            lock (tries)
            {
                tries.Remove(guess.At);
            }
        }
    }

    /// <summary>
    /// The password page's own limit, on every attempt, right or wrong: the current password
    /// opens the private journal key, so a held session must not become a cheap guessing oracle.
    /// </summary>
    public bool TryChangePassword(Guid userId) => TryTake("change:" + userId.ToString("N"), _passwordChanges) is not null;

    private Guess? TryTake(string budget, int limit)
    {
        var now = clock.GetUtcNow();
        SweepNowAndThen(now);
        while (true)
        {
            var tries = _tries.GetOrAdd(budget, _ => []);
            lock (tries)
            {
                if (!_tries.TryGetValue(budget, out var current) || !ReferenceEquals(current, tries))
                {
                    continue; // swept away meanwhile: count in the list that is kept
                }
                tries.RemoveAll(at => now - at >= Window);
                if (tries.Count >= limit)
                {
                    return null;
                }
                tries.Add(now);
                return new Guess(budget, now);
            }
        }
    }

    /// <summary>Names nobody tries any more are dropped, so guessing random names cannot fill the memory.</summary>
    private void SweepNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _triesSinceSweep) % 1000 != 0)
        {
            return;
        }
        foreach (var (budget, tries) in _tries)
        {
            lock (tries)
            {
                if (tries.TrueForAll(at => now - at >= Window))
                {
                    _tries.TryRemove(new KeyValuePair<string, List<DateTimeOffset>>(budget, tries));
                }
            }
        }
    }

    public sealed record Guess(string Budget, DateTimeOffset At);
}
