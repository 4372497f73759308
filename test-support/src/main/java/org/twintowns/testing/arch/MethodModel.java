package org.twintowns.testing.arch;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.twintowns.testing.arch.ClassModel.Transactionality;

/** One method of a {@link ClassModel}: its calls, and what it says about transactions. Filled while the class is read. */
final class MethodModel {

    final MethodId id;
    final List<ClassModel.Call> calls = new ArrayList<>();
    private final int access;
    Transactionality annotated = Transactionality.NONE;
    boolean startsTransaction;

    MethodModel(MethodId id, int access) {
        this.id = id;
        this.access = access;
    }

    /**
     * True when the method runs in a transaction it opens: it is {@code @Transactional}, or a
     * business method of a {@code @Transactional} class (CDI intercepts neither private nor static
     * methods), or it begins one itself.
     */
    boolean opensTransaction(ClassModel owner) {
        if (startsTransaction) {
            return true;
        }
        if (annotated != Transactionality.NONE) {
            return annotated == Transactionality.OPENS;
        }
        boolean intercepted = (access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC
                | Opcodes.ACC_BRIDGE)) == 0 && !id.name().startsWith("<");
        return intercepted && owner.transactionality() == Transactionality.OPENS;
    }
}
