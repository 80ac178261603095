using System.Globalization;
using Dundian.Core.Common;
using Dundian.Core.Org;
using Dundian.Documents;

namespace Dundian.Web.Org;

/// <summary>
/// <c>dotnet run --project src/Dundian.Web -- import-org-units FILE [--valid-from yyyy-MM-dd]</c>: imports a division
/// file (.xlsx or UTF-8 .csv) without starting the site, prints a summary and exits 0; on any problem prints every
/// row's Chinese message to stderr, writes nothing and exits 1 (2 for a usage error). New units are valid from
/// <c>--valid-from</c> (default: today in China).
/// </summary>
public static class OrgUnitCommand
{
    public const string Name = "import-org-units";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var at = args.ToList().IndexOf(Name);
        var rest = args.Skip(at + 1).ToList();
        var validFrom = DateOnly.FromDateTime(ChinaTime.ToLocal(DateTime.UtcNow));
        var option = rest.IndexOf("--valid-from");
        if (option >= 0)
        {
            if (option + 1 >= rest.Count || !DateOnly.TryParseExact(rest[option + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out validFrom))
            {
                await errors.WriteLineAsync("--valid-from 须为日期,格式 yyyy-MM-dd");
                return 2;
            }
            rest.RemoveRange(option, 2);
        }
        if (rest.Count != 1)
        {
            await errors.WriteLineAsync($"用法 (usage): {Name} FILE [--valid-from yyyy-MM-dd]   FILE 为 .xlsx 或 UTF-8 .csv,表头 统计用区划代码,名称,城乡分类代码");
            return 2;
        }
        var file = rest[0];
        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"找不到文件:{file}");
            return 1;
        }
        IReadOnlyList<DivisionRow> rows;
        try
        {
            await using var stream = File.OpenRead(file);
            rows = DivisionFile.Read(stream, file);
        }
        catch (XlsxReadException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DivisionImport>().ImportAsync(rows, validFrom);
        if (!result.Succeeded)
        {
            await errors.WriteLineAsync($"导入未完成:发现 {result.Problems.Count} 处问题,未写入任何单位。");
            foreach (var p in result.Problems) await errors.WriteLineAsync(p);
            return 1;
        }
        await output.WriteLineAsync($"行政区划已导入 (divisions imported): 新增 {result.Added} 个, 更正 {result.Updated} 个, 未变 {result.Unchanged} 个");
        return 0;
    }
}
