namespace Circles.Web.Hosting;

/// <summary>
/// Circles will not run as it is configured: an unencrypted key ring in production (SEC-28), a
/// proxy or public address it cannot read, a database without durable writes (SEC-40). The
/// message names the setting to change; it is written for whoever reads the console or the
/// service's journal.
/// </summary>
public sealed class RefusedToStartException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    private static int _listening;

    /// <summary>
    /// Prints a refusal as one plain line on standard error and exits with 1, instead of the
    /// runtime's crash report with its stack trace (exit 134). Any other exception still crashes
    /// loudly, as it should.
    /// </summary>
    public static void PrintInsteadOfCrashing()
    {
        // Test hosts run Program many times in one process: listen once.
        if (Interlocked.Exchange(ref _listening, 1) == 1)
        {
            return;
        }
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is RefusedToStartException refusal)
            {
                Console.Error.WriteLine("Circles did not start: " + refusal.Message);
                Environment.Exit(1);
            }
        };
    }
}
