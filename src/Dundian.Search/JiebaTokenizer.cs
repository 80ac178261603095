using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dundian.Search;

/// <summary>
/// Splits Chinese text into words with jieba — in search mode long words also yield their parts — keeping
/// names and places whole (周江勇, 东门渔村) where a character-based analyzer would break them up.
/// </summary>
public sealed class JiebaTokenizer : Tokenizer
{
    private readonly JiebaSegmenter segmenter;
    private readonly TokenizerMode mode;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute position;
    private IEnumerator<JiebaNet.Segmenter.Token>? tokens;
    private int lastStart = -1;

    public JiebaTokenizer(JiebaSegmenter segmenter, TextReader input, TokenizerMode mode = TokenizerMode.Search) : base(input)
    {
        this.segmenter = segmenter;
        this.mode = mode;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (tokens?.MoveNext() == true)
        {
            var t = tokens.Current;
            if (string.IsNullOrWhiteSpace(t.Word) || !t.Word.Any(char.IsLetterOrDigit)) continue;
            term.SetEmpty().Append(t.Word.ToLowerInvariant());
            offset.SetOffset(CorrectOffset(t.StartIndex), CorrectOffset(t.EndIndex));
            // Sub-words of a long word share its position, so phrase queries still line up.
            position.PositionIncrement = t.StartIndex == lastStart ? 0 : 1;
            lastStart = t.StartIndex;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        tokens = segmenter.Tokenize(text, mode).GetEnumerator();
        lastStart = -1;
    }
}
