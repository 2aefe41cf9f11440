namespace UprSite.Synthetic;

/// <summary>
/// Seeds for each country and each part of it, mixed from the site's seed without <see cref="HashCode"/> (which
/// changes from one process to the next), so that what a country draws does not depend on the other countries chosen.
/// </summary>
public static class SyntheticSeed
{
    public static int For(int seed, int position, int part)
    {
        unchecked
        {
            var h = (uint)seed * 2654435761u;
            h ^= (uint)(position + 1) * 2246822519u;
            h ^= (uint)part * 3266489917u;
            h ^= h >> 15;
            return (int)(h & 0x7fffffff);
        }
    }
}
