using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dundian.Bench.Search;

/// <summary>
/// An experiment for the query side only: jieba in its default mode, so 共同富裕 stays one word instead of
/// 共同 / 富裕 / 共同富裕 (search mode, what <c>JiebaAnalyzer</c> gives the query today). The index is written in search
/// mode, so a document holding the whole word also holds its parts: requiring the parts too adds postings to walk,
/// not precision. jieba's dictionary is process-wide, so the place names taught to JiebaAnalyzer apply here too.
/// </summary>
public sealed class WholeWordAnalyzer : Analyzer
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() => new JiebaSegmenter());

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new DefaultModeTokenizer(Segmenter.Value, reader));

    private sealed class DefaultModeTokenizer : Tokenizer
    {
        private readonly JiebaSegmenter segmenter;
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private IEnumerator<JiebaNet.Segmenter.Token>? tokens;

        public DefaultModeTokenizer(JiebaSegmenter segmenter, TextReader input) : base(input)
        {
            this.segmenter = segmenter;
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
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
                return true;
            }
            return false;
        }

        public override void Reset()
        {
            base.Reset();
            tokens = segmenter.Tokenize(m_input.ReadToEnd(), TokenizerMode.Default).GetEnumerator();
        }
    }
}
