using System.Reflection;
using System.Reflection.Emit;

namespace IzmirSymbiosis.Matching.UnitTests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which: read from every type's base types, interfaces,
/// fields, properties, events, method and constructor signatures, local variables, and the types,
/// fields and methods their IL refers to (so a use inside a method body counts too). Nested and
/// compiler-generated types (closures, iterators, local functions) count for their outer type's
/// namespace. Constants are copied into the IL and leave no trace.
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Edges between the namespaces of <paramref name="assembly"/> that are <paramref name="root"/> or under it.</summary>
    public static Dictionary<string, HashSet<string>> Of(Assembly assembly, string root)
    {
        bool Inside(string? ns) => ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (!Inside(type.Namespace))
            {
                continue;
            }

            var from = type.Namespace!;
            var edges = graph.TryGetValue(from, out var e) ? e : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedTypes(type).SelectMany(Flatten))
            {
                if (Inside(used.Namespace) && used.Namespace != from)
                {
                    edges.Add(used.Namespace!);
                }
            }
        }

        return graph;
    }

    /// <summary>The pairs of namespaces that reach each other (each pair once, ordered by name).</summary>
    public static List<(string A, string B)> Cycles(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var reach = graph.Keys.ToDictionary(n => n, n => Reachable(graph, n), StringComparer.Ordinal);
        return [.. from a in reach.Keys
                   from b in reach[a]
                   where string.CompareOrdinal(a, b) < 0 && reach.TryGetValue(b, out var back) && back.Contains(a)
                   orderby a, b
                   select (a, b)];
    }

    private static HashSet<string> Reachable(IReadOnlyDictionary<string, HashSet<string>> graph, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(graph.GetValueOrDefault(start) ?? []);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (seen.Add(n))
            {
                foreach (var next in graph.GetValueOrDefault(n) ?? [])
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        if (type.BaseType is { } b)
        {
            yield return b;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var f in type.GetFields(Declared))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(Declared))
        {
            yield return p.PropertyType;
        }

        foreach (var ev in type.GetEvents(Declared))
        {
            if (ev.EventHandlerType is { } h)
            {
                yield return h;
            }
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi)
            {
                yield return mi.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }

            foreach (var t in BodyTypes(type, m))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> BodyTypes(Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var op = s_opCodes[value];
            switch (op.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                    foreach (var t in MemberTypes(member))
                    {
                        yield return t;
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += OperandSize(op.OperandType);
                    break;
            }
        }
    }

    private static IEnumerable<Type> MemberTypes(MemberInfo? member)
    {
        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case FieldInfo f:
                yield return f.DeclaringType!;
                yield return f.FieldType;
                break;
            case MethodBase m:
                if (m.DeclaringType is { } d)
                {
                    yield return d;
                }

                if (m is MethodInfo mi)
                {
                    yield return mi.ReturnType;
                    foreach (var a in mi.IsGenericMethod ? mi.GetGenericArguments() : [])
                    {
                        yield return a;
                    }
                }

                foreach (var p in m.GetParameters())
                {
                    yield return p.ParameterType;
                }

                break;
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>A type and the types it is built from (element types, generic arguments), to the namespaces they come from.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var a in type.GetGenericArguments())
            {
                foreach (var t in Flatten(a))
                {
                    yield return t;
                }
            }
        }
    }
}
