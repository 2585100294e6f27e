namespace MediationFlow.Web;

/// <summary>Marker for the UI texts in Resources/SharedResource.*.resx (kk, ru, en).</summary>
public sealed class SharedResource;
