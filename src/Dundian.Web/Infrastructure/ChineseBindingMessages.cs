using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// MVC's own model-binding messages ("The value 'abc' is not valid for X.", "A value for the 'X' parameter or property
/// was not provided.") reach people when a form field cannot be read as its type: give them in Chinese.
/// </summary>
public static class ChineseBindingMessages
{
    /// <summary>
    /// The end of the message for a value that cannot be read as its field's type. Field names here are code names
    /// (Talks), so they are left out; a page that knows its fields (the field-log form) may replace the message.
    /// </summary>
    public const string UnreadableValue = "格式不对,请重新填写。";

    public static IServiceCollection AddChineseBindingMessages(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o =>
        {
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”{UnreadableValue}");
            m.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
            m.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
            m.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
            m.SetMissingKeyOrValueAccessor(() => "请填写此项。");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
            m.SetValueMustNotBeNullAccessor(value => $"请填写{value}。");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效。");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "所填内容无效。");
            m.SetUnknownValueIsInvalidAccessor(field => $"所填的{field}无效。");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "此项必须是数字。");
        });
}
