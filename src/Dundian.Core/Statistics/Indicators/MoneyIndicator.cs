using System.Linq.Expressions;
using Dundian.Core.Common;
using Dundian.Core.FieldWork;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>A field-log money column (stored in fen), valued in 元 and printed in 万元 as the seed does.</summary>
public sealed class FieldLogMoneyIndicator(string key, string label, Expression<Func<FieldLog, long>> fenColumn)
    : FieldLogSumIndicator(key, label, "元", fenColumn, 100m)
{
    public override (string Value, string Unit) Display(decimal value) => (Money.WanYuanText(value), "万元");
}
