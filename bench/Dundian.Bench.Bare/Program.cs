// Serves one captured response — the status line's headers from a file written by `curl -D` and the body from
// another — to every request, with nothing between Kestrel and the bytes: what "a page served from memory" costs on
// this machine, against which the product's cached page is compared (bench/cached-vs-bare.sh).
// Usage: Dundian.Bench.Bare <headers-file> <body-file>   (ASPNETCORE_URLS sets the address)

var headerLines = File.ReadAllLines(args[0]);
var body = File.ReadAllBytes(args[1]);
// Hop-by-hop and framing headers are Kestrel's to write; everything else is replayed as captured.
string[] skipped = ["content-length", "transfer-encoding", "connection", "date", "server", "keep-alive"];
var headers = headerLines.Skip(1)
    .Select(line => line.Split(':', 2))
    .Where(parts => parts.Length == 2 && !skipped.Contains(parts[0].Trim().ToLowerInvariant()))
    .Select(parts => (Name: parts[0].Trim(), Value: parts[1].Trim()))
    .ToArray();

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    foreach (var (name, value) in headers) response.Headers.Append(name, value);
    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
app.Run();
