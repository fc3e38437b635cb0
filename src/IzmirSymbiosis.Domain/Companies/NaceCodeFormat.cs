namespace IzmirSymbiosis.Domain.Companies;

/// <summary>Shapes of NACE Rev.2 codes: section <c>C</c>, division <c>24</c>, group <c>24.1</c>, class <c>24.10</c>.</summary>
public static class NaceCodeFormat
{
    /// <summary>True for a class code <c>NN.NN</c>.</summary>
    public static bool IsClass(string code) =>
        code.Length == 5 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '.' &&
        char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);

    /// <summary>The group (<c>24.1</c>) of a class code.</summary>
    public static string GroupOf(string classCode) => classCode.Length >= 4 ? classCode[..4] : classCode;

    /// <summary>The division (<c>24</c>) of a class or group code.</summary>
    public static string DivisionOf(string code) => code.Length >= 2 ? code[..2] : code;
}
