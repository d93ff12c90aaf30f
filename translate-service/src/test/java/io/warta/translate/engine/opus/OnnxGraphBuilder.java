package io.warta.translate.engine.opus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds ONNX models for the test fixtures by writing the protobuf messages of onnx.proto directly
 * (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto, AttributeProto; field numbers from onnx.proto).
 */
final class OnnxGraphBuilder {

    static final int FLOAT = 1;
    static final int INT64 = 7;
    static final int BOOL = 9;

    // onnx.proto field numbers
    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_PRODUCER = 2;
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET = 8;
    private static final int OPSET_VERSION = 2;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_NAME = 2;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int ATTR_NAME = 1;
    private static final int ATTR_F = 2;
    private static final int ATTR_I = 3;
    private static final int ATTR_T = 5;
    private static final int ATTR_G = 6;
    private static final int ATTR_INTS = 8;
    private static final int ATTR_TYPE = 20;
    private static final int ATTR_TYPE_FLOAT = 1;
    private static final int ATTR_TYPE_INT = 2;
    private static final int ATTR_TYPE_TENSOR = 4;
    private static final int ATTR_TYPE_GRAPH = 5;
    private static final int ATTR_TYPE_INTS = 7;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW = 9;
    private static final int VALUE_NAME = 1;
    private static final int VALUE_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_ELEM = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;
    private static final int DIM_PARAM = 2;

    private final String name;
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();
    private int counter;

    OnnxGraphBuilder(String name) {
        this.name = name;
    }

    /** A graph input; dims are Integer (fixed) or String (symbolic). */
    OnnxGraphBuilder input(String valueName, int elementType, Object... dims) {
        inputs.add(valueInfo(valueName, elementType, dims));
        return this;
    }

    /** A graph output; no dims: shape left unknown (branch graphs of If). */
    OnnxGraphBuilder output(String valueName, int elementType, Object... dims) {
        outputs.add(valueInfo(valueName, elementType, dims.length == 0 ? null : dims));
        return this;
    }

    String floats(String valueName, float[] data, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : data) {
            raw.putFloat(f);
        }
        initializers.add(tensor(valueName, FLOAT, raw.array(), dims));
        return valueName;
    }

    String longs(String valueName, long[] data, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long l : data) {
            raw.putLong(l);
        }
        initializers.add(tensor(valueName, INT64, raw.array(), dims));
        return valueName;
    }

    /** Adds a node with one output, named automatically; returns the output name. */
    String op(String opType, List<String> nodeInputs, Attribute... attributes) {
        String out = opType.toLowerCase() + "_" + (++counter) + "_" + name;
        node(opType, nodeInputs, List.of(out), attributes);
        return out;
    }

    void node(String opType, List<String> nodeInputs, List<String> nodeOutputs, Attribute... attributes) {
        ProtoWriter node = new ProtoWriter();
        nodeInputs.forEach(i -> node.string(NODE_INPUT, i));
        nodeOutputs.forEach(o -> node.string(NODE_OUTPUT, o));
        node.string(NODE_NAME, name + "_" + opType + "_" + (++counter));
        node.string(NODE_OP, opType);
        for (Attribute attribute : attributes) {
            node.message(NODE_ATTRIBUTE, attribute.proto);
        }
        nodes.add(node);
    }

    ProtoWriter graphProto() {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(GRAPH_NODE, n));
        graph.string(GRAPH_NAME, name);
        initializers.forEach(t -> graph.message(GRAPH_INITIALIZER, t));
        inputs.forEach(i -> graph.message(GRAPH_INPUT, i));
        outputs.forEach(o -> graph.message(GRAPH_OUTPUT, o));
        return graph;
    }

    byte[] modelBytes(int opset) {
        return new ProtoWriter()
                .varint(MODEL_IR_VERSION, 8)
                .string(MODEL_PRODUCER, "warta-test-fixture")
                .message(MODEL_GRAPH, graphProto())
                .message(MODEL_OPSET, new ProtoWriter().varint(OPSET_VERSION, opset))
                .toByteArray();
    }

    record Attribute(ProtoWriter proto) {
        static Attribute of(String name, long value) {
            return new Attribute(new ProtoWriter().string(ATTR_NAME, name).varint(ATTR_I, value)
                    .varint(ATTR_TYPE, ATTR_TYPE_INT));
        }

        static Attribute of(String name, float value) {
            return new Attribute(new ProtoWriter().string(ATTR_NAME, name).fixed32(ATTR_F, value)
                    .varint(ATTR_TYPE, ATTR_TYPE_FLOAT));
        }

        static Attribute ints(String name, long... values) {
            ProtoWriter proto = new ProtoWriter().string(ATTR_NAME, name);
            for (long v : values) {
                proto.varint(ATTR_INTS, v);
            }
            return new Attribute(proto.varint(ATTR_TYPE, ATTR_TYPE_INTS));
        }

        static Attribute floatTensor(String name, float value) {
            ByteBuffer raw = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value);
            return new Attribute(new ProtoWriter().string(ATTR_NAME, name)
                    .message(ATTR_T, tensor("value", FLOAT, raw.array(), 1))
                    .varint(ATTR_TYPE, ATTR_TYPE_TENSOR));
        }

        static Attribute graph(String name, OnnxGraphBuilder graph) {
            return new Attribute(new ProtoWriter().string(ATTR_NAME, name).message(ATTR_G, graph.graphProto())
                    .varint(ATTR_TYPE, ATTR_TYPE_GRAPH));
        }
    }

    private static ProtoWriter tensor(String valueName, int elementType, byte[] raw, long... dims) {
        ProtoWriter tensor = new ProtoWriter();
        for (long d : dims) {
            tensor.varint(TENSOR_DIMS, d);
        }
        return tensor.varint(TENSOR_TYPE, elementType).string(TENSOR_NAME, valueName).bytes(TENSOR_RAW, raw);
    }

    private static ProtoWriter valueInfo(String valueName, int elementType, Object[] dims) {
        ProtoWriter tensorType = new ProtoWriter().varint(TENSOR_TYPE_ELEM, elementType);
        if (dims != null) {
            ProtoWriter shape = new ProtoWriter();
            for (Object dim : dims) {
                ProtoWriter d = dim instanceof Integer fixed
                        ? new ProtoWriter().varint(DIM_VALUE, fixed) : new ProtoWriter().string(DIM_PARAM, (String) dim);
                shape.message(SHAPE_DIM, d);
            }
            tensorType.message(TENSOR_TYPE_SHAPE, shape);
        }
        return new ProtoWriter().string(VALUE_NAME, valueName)
                .message(VALUE_TYPE, new ProtoWriter().message(TYPE_TENSOR, tensorType));
    }
}
