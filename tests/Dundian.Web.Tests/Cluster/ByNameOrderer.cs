using Xunit.Sdk;
using Xunit.v3;

namespace Dundian.Web.Tests.Cluster;

/// <summary>Runs a class's tests in name order: the cluster tests share one cluster, and the last one kills a node.</summary>
public sealed class ByNameOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases.OrderBy(t => t.TestCaseDisplayName, StringComparer.Ordinal).ToList();
}
