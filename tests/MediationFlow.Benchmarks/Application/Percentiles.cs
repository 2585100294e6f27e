namespace MediationFlow.Benchmarks.Application;

/// <summary>Nearest-rank percentiles of timed samples, as every load driver here reports them.</summary>
public static class Percentiles
{
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}
