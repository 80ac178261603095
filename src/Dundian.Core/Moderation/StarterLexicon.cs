namespace Dundian.Core.Moderation;

/// <summary>
/// A starter lexicon against the spam and fraud that reach government message boards (gambling, fake invoices, loan
/// and brush-order scams, trade in bank cards and personal data), loaded at first start so moderation works from day
/// one. Deliberately narrow: no political list (that is each site's own, imported as a .txt file), and no everyday
/// words, so a resident's genuine message is not held for a false hit.
/// </summary>
public static class StarterLexicon
{
    public static readonly IReadOnlyList<(string Word, string Category)> Words =
    [
        ("博彩", "赌博"), ("网络赌博", "赌博"), ("线上赌场", "赌博"), ("百家乐", "赌博"), ("六合彩", "赌博"), ("时时彩", "赌博"),
        ("赌球", "赌博"), ("真人荷官", "赌博"),
        ("代开发票", "诈骗"), ("发票代开", "诈骗"), ("刷单返利", "诈骗"), ("兼职刷单", "诈骗"), ("贷款包过", "诈骗"),
        ("无抵押秒批", "诈骗"), ("信用卡套现", "诈骗"), ("稳赚不赔", "诈骗"), ("保本高息", "诈骗"), ("冒充公检法", "诈骗"),
        ("安全账户", "诈骗"), ("中奖领取", "诈骗"), ("办理假证", "诈骗"), ("代办学历", "诈骗"),
        ("收购银行卡", "违法交易"), ("出租银行卡", "违法交易"), ("跑分平台", "违法交易"), ("出售个人信息", "违法交易"),
        ("代写论文", "广告"), ("私聊领取", "广告"), ("加微信领取", "广告"),
    ];
}
