using System.Security.Cryptography;

namespace IzmirSymbiosis.Application.Documents;

/// <summary>
/// Reads an upload once, as it arrives: hashes what passes (SHA-256) and stops one byte after
/// <c>limit</c>, so an oversized upload is noticed without reading or storing the rest of it.
/// </summary>
internal sealed class BoundedHashingStream(Stream inner, long limit) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;

    /// <summary>Whether more than the limit arrived (the stream stopped early).</summary>
    public bool Exceeded => _read > limit;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>Lower-case hexadecimal SHA-256 of what was read.</summary>
    public string Sha256() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(Bounded(buffer));
        return Passed(buffer[..n]);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(Bounded(buffer), cancellationToken);
        return Passed(buffer.Span[..n]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private Span<byte> Bounded(Span<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, Math.Max(0, limit + 1 - _read))];

    private Memory<byte> Bounded(Memory<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, Math.Max(0, limit + 1 - _read))];

    private int Passed(ReadOnlySpan<byte> bytes)
    {
        _read += bytes.Length;
        _hash.AppendData(bytes);
        return bytes.Length;
    }
}
