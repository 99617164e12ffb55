using System.Threading.RateLimiting;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-13: a per-account limit on sign-in attempts, beside the per-address limit of the rate
/// limiter. It only slows guessing for a while; it never locks an account for good.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInThrottle(IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:SignInPerAccountPer15Minutes", 10);
        _limiter = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetSlidingWindowLimiter(account, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(15),
                SegmentsPerWindow = 3,
                QueueLimit = 0,
            }), StringComparer.Ordinal);
    }

    public bool TryAttempt(string accountName)
    {
        using var lease = _limiter.AttemptAcquire(accountName.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
