package org.twintowns.testing.arch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** What {@link TransactionBoundaries} needs to know of one compiled class. */
record ClassModel(String name, String superName, List<String> interfaces, boolean isInterface,
                  Set<String> annotations, Transactionality transactionality, Map<String, MethodModel> methods) {

    /** Whether an annotation makes a method run in a transaction it opens (or joins). */
    enum Transactionality {
        NONE, OPENS, NOT;

        static final String TRANSACTIONAL = "Ljakarta/transaction/Transactional;";
        /** Transaction types that run without a transaction, or only in the caller's. */
        private static final Set<String> WITHOUT_OWN = Set.of("NOT_SUPPORTED", "NEVER", "SUPPORTS");

        static Transactionality of(String txType) {
            return WITHOUT_OWN.contains(txType) ? NOT : OPENS;
        }
    }

    /** A call a method makes, or a lambda or method reference it creates; virtual when an override may run instead. */
    record Call(MethodId target, boolean virtual) {
    }

    /** The calls that begin a transaction in the middle of a method. */
    private static final Map<String, Set<String>> TRANSACTION_STARTERS = Map.of(
            "io/quarkus/narayana/jta/QuarkusTransaction", Set.of("begin", "run", "call", "requiringNew",
                    "joiningExisting", "disallowingExisting", "suspendingExisting", "runner"),
            "jakarta/transaction/UserTransaction", Set.of("begin"),
            "jakarta/transaction/TransactionManager", Set.of("begin"));

    List<String> supertypes() {
        List<String> all = new ArrayList<>(interfaces);
        if (superName != null) {
            all.add(superName);
        }
        return all;
    }

    static ClassModel read(byte[] bytes) {
        Reader reader = new Reader();
        new ClassReader(bytes).accept(reader, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return reader.model();
    }

    /** Collects the parts of a class file that the model keeps. */
    private static final class Reader extends ClassVisitor {

        private String name;
        private String superName;
        private List<String> interfaces;
        private boolean isInterface;
        private final Set<String> annotations = new TreeSet<>();
        private Transactionality transactionality = Transactionality.NONE;
        private final Map<String, MethodModel> methods = new LinkedHashMap<>();

        Reader() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name;
            this.superName = superName;
            this.interfaces = List.of(interfaces);
            this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            annotations.add(descriptor);
            return transactional(descriptor, kind -> transactionality = kind);
        }

        @Override
        public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature,
                                         String[] exceptions) {
            MethodModel method = new MethodModel(new MethodId(name, methodName, descriptor), access);
            methods.put(methodName + descriptor, method);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return transactional(annotation, kind -> method.annotated = kind);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String target, String desc, boolean itf) {
                    method.calls.add(new Call(new MethodId(owner, target, desc),
                            opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE));
                    method.startsTransaction |= TRANSACTION_STARTERS.getOrDefault(owner, Set.of()).contains(target);
                }

                @Override
                public void visitInvokeDynamicInsn(String target, String desc, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        if (argument instanceof Handle handle) {
                            method.calls.add(new Call(new MethodId(handle.getOwner(), handle.getName(), handle.getDesc()),
                                    handle.getTag() == Opcodes.H_INVOKEVIRTUAL
                                            || handle.getTag() == Opcodes.H_INVOKEINTERFACE));
                        }
                    }
                }
            };
        }

        /** Notes {@code @Transactional} and its transaction type (REQUIRED when none is given). */
        private static AnnotationVisitor transactional(String descriptor, Consumer<Transactionality> into) {
            if (!Transactionality.TRANSACTIONAL.equals(descriptor)) {
                return null;
            }
            into.accept(Transactionality.OPENS);
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visitEnum(String element, String enumDescriptor, String value) {
                    if ("value".equals(element)) {
                        into.accept(Transactionality.of(value));
                    }
                }
            };
        }

        ClassModel model() {
            return new ClassModel(name, superName, interfaces, isInterface, annotations, transactionality, methods);
        }
    }
}
