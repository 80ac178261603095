using Dundian.Testing;

namespace Dundian.Browser.Tests;

/// <summary>The app on real Kestrel (loopback, free port) so that Chromium can reach it; one per provider.</summary>
public sealed class SqliteServerApp() : DundianApp("Sqlite", realServer: true);

public sealed class PostgresServerApp() : DundianApp("Postgres", realServer: true);
