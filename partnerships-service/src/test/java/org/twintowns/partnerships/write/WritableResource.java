package org.twintowns.partnerships.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A resource of this service with a PUT, as the write-property tests walk it: how to create one
 * with every optional field filled, how a client derives the request body from a GET answer, and
 * one change per field of that body.
 *
 * @param create  creates one and answers its path
 * @param derive  the request body a client derives from the answer: the request fields, unchanged
 * @param changes per request field, a change of that field alone
 */
record WritableResource(String name, Supplier<String> create, Function<ObjectNode, ObjectNode> derive,
        Map<String, UnaryOperator<ObjectNode>> changes) {

    @Override
    public String toString() {
        return name;
    }
}
