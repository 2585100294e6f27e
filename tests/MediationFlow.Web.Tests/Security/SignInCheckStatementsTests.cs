using System.Collections.Concurrent;
using System.Net;
using MediationFlow.Core.Persistence;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// Holding a sign-in to the account on every request (SignOutEverywhereTests) costs no statement of its own: the
/// account is read in the statement that reads the person's rights, which the request needs anyway, and the whole
/// request works on one database connection. Counted from EF Core's own command and connection events.
/// </summary>
public sealed class SignInCheckStatementsTests(SignInCheckStatementsTests.Host factory) : IClassFixture<SignInCheckStatementsTests.Host>
{
    [Fact]
    public async Task An_inbox_read_with_a_sign_in_token_reads_the_account_with_the_rights_on_one_connection()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);

        var events = await factory.DuringAsync(() => api.GetPathAsync("/api/v1/inbox"));

        var reads = events.Where(e => e.StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        var account = Assert.Single(reads, r => r.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal));
        Assert.Contains("FROM \"Memberships\"", account, StringComparison.Ordinal);
        Assert.Equal(account, reads[0]);

        // Then the page of cases and the page of notifications; a count only when a page is full.
        Assert.Equal(3, reads.Count(r => !r.StartsWith("SELECT COUNT", StringComparison.Ordinal)));
        Assert.Single(events, Host.ConnectionOpened);
    }

    [Fact]
    public async Task A_page_read_with_a_cookie_reads_the_account_with_the_rights_on_one_connection()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);

        var events = await factory.DuringAsync(() => browser.GetPathAsync("/"));

        var reads = events.Where(e => e.StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        var account = Assert.Single(reads, r => r.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal));
        Assert.Contains("FROM \"Memberships\"", account, StringComparison.Ordinal);
        Assert.Equal(account, reads[0]);
        Assert.Single(events, Host.ConnectionOpened);
    }

    /// <summary>The demo host, with EF Core's command and connection events collected.</summary>
    public sealed class Host : MediationFlowFactory
    {
        public const string ConnectionOpened = "<connection opened>";

        private readonly DatabaseEvents _log = new();

        /// <summary>
        /// What one request sent, once the read-audit writer has written what came before it and what it queued (the
        /// writer keeps a connection of its own open and writes only audit entries).
        /// </summary>
        public async Task<List<string>> DuringAsync(Func<Task<HttpResponseMessage>> request)
        {
            ArgumentNullException.ThrowIfNull(request);
            var trail = Services.GetRequiredService<ReadAuditTrail>();
            using (var warmUp = await request())
            {
                Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
            }

            await trail.FlushAsync(TestRequests.Ct);
            _log.Events.Clear();
            using (var response = await request())
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            var events = _log.Events.ToList();
            await trail.FlushAsync(TestRequests.Ct);
            return events;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_log).AddFilter<DatabaseEvents>("Microsoft.EntityFrameworkCore", LogLevel.Debug));
        }

        /// <summary>EF Core's "command executed" (the SQL sent) and "connection opened" events, in order.</summary>
        private sealed class DatabaseEvents : ILoggerProvider
        {
            public ConcurrentQueue<string> Events { get; } = new();

            public ILogger CreateLogger(string categoryName) => new Collector(Events);

            public void Dispose()
            {
            }

            private sealed class Collector(ConcurrentQueue<string> events) : ILogger
            {
                public IDisposable? BeginScope<TState>(TState state)
                    where TState : notnull => null;

                public bool IsEnabled(LogLevel logLevel) => true;

                public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                {
                    // RelationalEventId.CommandExecuted (20101) and ConnectionOpened (20001).
                    if (eventId.Id == 20101)
                    {
                        var text = formatter(state, exception);
                        events.Enqueue(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimStart());
                    }
                    else if (eventId.Id == 20001)
                    {
                        events.Enqueue(ConnectionOpened);
                    }
                }
            }
        }
    }
}
