using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public sealed class KnowledgeTableTests
{
    [Fact]
    public void Read_QuotedFieldsCommentsAndBlankLines_GiveOneMapPerRow()
    {
        var text = "code,name,source\n# a comment line\n\n\"10 01 02\",\"kül, uçucu\",\"EWC 2000/532/EC\"\n170405,demir, \"BREF \"\"WT\"\"\"\n";

        var rows = KnowledgeTable.Read(new StringReader(text));

        Assert.Equal(2, rows.Count);
        Assert.Equal("kül, uçucu", rows[0]["name"]);
        Assert.Equal("10 01 02", rows[0]["code"]);
        Assert.Equal("BREF \"WT\"", rows[1]["source"]);
    }

    [Fact]
    public void Read_MissingTable_NamesIt()
    {
        var e = Assert.Throws<InvalidOperationException>(() => KnowledgeTable.Read("no-such-table.csv"));
        Assert.Contains("no-such-table.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithAnUnquotedComma_ThrowsAndNamesTheRow()
    {
        var text = "key,reason_tr,reason_en,source\nfood,küflü, gıda olamaz,mouldy,EC 178/2002\n";

        var e = Assert.Throws<InvalidDataException>(() => KnowledgeTable.Read(new StringReader(text)));
        Assert.Contains("row 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEmbeddedTable_ReadsWithEachFieldInItsColumn()
    {
        foreach (var name in KnowledgeTable.Names)
        {
            var rows = KnowledgeTable.Read(name);
            Assert.NotEmpty(rows);
        }
    }
}
