using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dundian.Core.Data;

/// <summary>Stores DateTime as UTC and marks values read back as UTC (SQLite loses the Kind).</summary>
public class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
