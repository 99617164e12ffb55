using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Circles.Web.Data;

/// <summary>
/// Hands EF, for a query it has already run on the same connection, the command that still holds
/// SQLite's prepared statement, instead of a new one SQLite must parse and plan again (issue 17:
/// <c>sqlite3_prepare_v2</c> was 17 % of the group page's CPU). Microsoft.Data.Sqlite keeps a
/// command's statements prepared while the command and its connection live, but EF makes a new
/// command for every query (dotnet/efcore#14044, open since 2018).
/// </summary>
/// <remarks>
/// Only queries are kept (SaveChanges' SQL changes with every batch), at most
/// <see cref="PreparedStatements.Capacity"/> per connection, the least recently used going first,
/// so the memory they hold stays bounded. Parameters are handed over to the kept command for the
/// one execution and cleared when EF disposes it. Connections stay open between requests through
/// <see cref="KeptOpenSqliteConnection"/>; when a connection closes, SQLite's own rule applies and
/// its statements go with it.
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    private static readonly ConditionalWeakTable<SqliteConnection, PreparedStatements> ByConnection = [];

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        => eventData.CommandSource == CommandSource.LinqQuery && result is SqliteCommand { Connection: { } connection } fresh
            ? ByConnection.GetValue(connection, static c => new PreparedStatements(c)).Reuse(fresh)
            : result;

    /// <summary>One connection's kept commands; a connection is used by one context at a time.</summary>
    internal sealed class PreparedStatements
    {
        internal const int Capacity = 48;

        private readonly Dictionary<string, KeptCommand> commands = new(StringComparer.Ordinal);
        private long uses;

        /// <summary>
        /// A closing connection disposes its commands, but one still lent to EF would only end its
        /// loan and keep statements of a SQLite handle the connection no longer holds: once
        /// closed, every kept command goes.
        /// </summary>
        internal PreparedStatements(SqliteConnection connection) => connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Closed)
            {
                foreach (var command in commands.Values.ToList())
                {
                    command.LentToEf = false;
                    command.Dispose();
                }
            }
        };

        internal int Count => commands.Count;

        internal SqliteCommand Reuse(SqliteCommand fresh)
        {
            if (!commands.TryGetValue(fresh.CommandText, out var kept))
            {
                if (commands.Count >= Capacity && !EvictLeastRecentlyUsed())
                {
                    return fresh;
                }
                kept = new KeptCommand(this) { Connection = fresh.Connection, CommandText = fresh.CommandText };
                commands.Add(kept.CommandText, kept);
            }
            else if (kept.LentToEf)
            {
                return fresh;
            }

            kept.Transaction = fresh.Transaction;
            kept.CommandTimeout = fresh.CommandTimeout;
            var parameters = new SqliteParameter[fresh.Parameters.Count];
            fresh.Parameters.CopyTo(parameters, 0);
            fresh.Parameters.Clear();
            kept.Parameters.AddRange(parameters);
            fresh.Dispose();
            kept.LentToEf = true;
            kept.LastUsed = ++uses;
            return kept;
        }

        private bool EvictLeastRecentlyUsed()
        {
            KeptCommand? oldest = null;
            foreach (var command in commands.Values)
            {
                if (!command.LentToEf && (oldest is null || command.LastUsed < oldest.LastUsed))
                {
                    oldest = command;
                }
            }
            oldest?.Dispose();
            return oldest is not null;
        }

        internal void Forget(KeptCommand command)
        {
            if (commands.TryGetValue(command.CommandText, out var known) && ReferenceEquals(known, command))
            {
                commands.Remove(command.CommandText);
            }
        }
    }

    /// <summary>
    /// A command whose statements stay prepared: EF's dispose after its query only ends the loan;
    /// any other dispose (eviction, the connection closing) finalizes the statements.
    /// </summary>
    internal sealed class KeptCommand(PreparedStatements owner) : SqliteCommand
    {
        internal bool LentToEf { get; set; }

        internal long LastUsed { get; set; }

        protected override void Dispose(bool disposing)
        {
            if (disposing && LentToEf)
            {
                LentToEf = false;
                Parameters.Clear();
                Transaction = null;
                return;
            }
            owner.Forget(this);
            base.Dispose(disposing);
        }
    }
}
