using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// A hash of everything a value holds, walked by its runtime types (public properties and fields, items of
/// collections, text of primitives), so that two page models with the same fingerprint render to the same page.
/// Null when the value holds something that cannot be compared that way (a delegate, or nesting past a bound):
/// such a page is always rendered again.
/// </summary>
public static class ModelFingerprint
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> MembersOf = new();

    public static byte[]? Of(params object?[] values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new FingerprintWriter(hash);
        foreach (var value in values)
        {
            if (!Add(writer, value, 0))
            {
                return null;
            }
        }

        writer.Flush();
        return hash.GetHashAndReset();
    }

    private static bool Add(FingerprintWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                writer.Tag(0);
                return true;
            case string text:
                writer.Tag(1);
                writer.Text(text);
                return true;
            case Delegate or Type or MemberInfo:
                return false;
            case Enum or IConvertible or IFormattable:
                writer.Tag(2);
                writer.Text(value.GetType().FullName!);
                writer.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                return true;
            case IEnumerable items:
                writer.Tag(3);
                foreach (var item in items)
                {
                    if (!Add(writer, item, depth + 1))
                    {
                        return false;
                    }
                }

                writer.Tag(4);
                return true;
        }

        writer.Tag(5);
        writer.Text(value.GetType().FullName!);
        foreach (var member in MembersOf.GetOrAdd(value.GetType(), Members))
        {
            if (!Add(writer, member(value), depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static Func<object, object?>[] Members(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !IsCompilerMade(p))
            .Select(p => (p.Name, Read: (Func<object, object?>)p.GetValue));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue));
        return properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => m.Read).ToArray();
    }

    /// <summary>A record's EqualityContract names its type, which the fingerprint already holds.</summary>
    private static bool IsCompilerMade(PropertyInfo property) => property.Name == "EqualityContract";

    /// <summary>Buffers what is hashed, so that the hash is fed in large blocks.</summary>
    private sealed class FingerprintWriter(IncrementalHash hash)
    {
        private readonly byte[] _buffer = new byte[16384];
        private int _used;

        public void Tag(byte tag)
        {
            Reserve(1);
            _buffer[_used++] = tag;
        }

        public void Text(string text)
        {
            Reserve(4);
            BitConverter.TryWriteBytes(_buffer.AsSpan(_used), text.Length);
            _used += 4;
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            while (bytes.Length > 0)
            {
                Reserve(1);
                var take = Math.Min(bytes.Length, _buffer.Length - _used);
                bytes[..take].CopyTo(_buffer.AsSpan(_used));
                _used += take;
                bytes = bytes[take..];
            }
        }

        public void Flush()
        {
            hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }

        private void Reserve(int bytes)
        {
            if (_used + bytes > _buffer.Length)
            {
                Flush();
            }
        }
    }
}
