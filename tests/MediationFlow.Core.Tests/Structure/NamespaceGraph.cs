using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MediationFlow.Core.Tests.Structure;

/// <summary>
/// Which of an assembly's namespaces use which, read from its compiled code (signatures, attributes and
/// method bodies), so a use hidden in a lambda or an async method counts like any other.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _uses = new(StringComparer.Ordinal);

    private NamespaceGraph(string prefix) => Prefix = prefix;

    /// <summary>The assembly's root namespace; only uses between namespaces under it are kept.</summary>
    public string Prefix { get; }

    public IReadOnlyDictionary<string, Dictionary<string, string>> Uses => _uses;

    public static NamespaceGraph Read(string assemblyPath, string rootNamespace)
    {
        var graph = new NamespaceGraph(rootNamespace);
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            foreach (var used in References(type))
            {
                graph.Add(from, used, type.FullName);
            }
        }

        return graph;
    }

    /// <summary>Each cycle once, as the namespaces on it in order, with the first type making each use.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (var start in _uses.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            Walk(start, start, path, cycles);
        }

        return cycles;
    }

    private void Walk(string start, string at, List<string> path, List<string> cycles)
    {
        foreach (var next in _uses.GetValueOrDefault(at)?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            if (next == start)
            {
                // Reported from its smallest namespace only, so each cycle appears once.
                if (path.All(n => string.CompareOrdinal(start, n) <= 0))
                {
                    var steps = path.Zip([.. path.Skip(1), start], (a, b) => $"{a} -> {b} ({_uses[a][b]})");
                    cycles.Add(string.Join(", ", steps));
                }
            }
            else if (!path.Contains(next) && string.CompareOrdinal(start, next) < 0)
            {
                path.Add(next);
                Walk(start, next, path, cycles);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private void Add(string from, TypeReference used, string by)
    {
        var to = NamespaceOf(used);
        if (from == to || !InScope(from) || !InScope(to))
        {
            return;
        }

        if (!_uses.TryGetValue(from, out var targets))
        {
            _uses[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        targets.TryAdd(to, by);
    }

    private bool InScope(string ns) => ns == Prefix || ns.StartsWith(Prefix + ".", StringComparison.Ordinal);

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static List<TypeReference> References(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference) => Expand(reference, found);

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        Attributes(type, Add);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            Attributes(field, Add);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            Attributes(property, Add);
        }

        foreach (var method in type.Methods)
        {
            Add(method.ReturnType);
            Attributes(method, Add);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                Operand(instruction, Add);
            }
        }

        return found;
    }

    private static void Operand(Instruction instruction, Action<TypeReference?> add)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                add(type);
                break;
            case MethodReference method:
                add(method.DeclaringType);
                add(method.ReturnType);
                method.Parameters.ToList().ForEach(p => add(p.ParameterType));
                if (method is GenericInstanceMethod generic)
                {
                    generic.GenericArguments.ToList().ForEach(add);
                }

                break;
            case FieldReference field:
                add(field.DeclaringType);
                add(field.FieldType);
                break;
        }
    }

    private static void Attributes(ICustomAttributeProvider provider, Action<TypeReference?> add)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            add(attribute.AttributeType);
            attribute.ConstructorArguments.Where(a => a.Value is TypeReference).ToList().ForEach(a => add((TypeReference)a.Value));
        }
    }

    private static void Expand(TypeReference? reference, List<TypeReference> found)
    {
        switch (reference)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Expand(generic.ElementType, found);
                generic.GenericArguments.ToList().ForEach(a => Expand(a, found));
                return;
            case TypeSpecification specification:
                Expand(specification.ElementType, found);
                return;
            default:
                found.Add(reference);
                return;
        }
    }
}
