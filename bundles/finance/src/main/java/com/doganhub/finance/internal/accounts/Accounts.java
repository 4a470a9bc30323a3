package com.doganhub.finance.internal.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;

/** Account lookups inside a caller's finance transaction. */
@Component(service = Accounts.class)
public class Accounts {

    /** The accounts with {@code codes}, by code; unknown codes are simply absent. */
    public Map<String, AccountEntity> byCodes(EntityManager em, Collection<String> codes) {
        Map<String, AccountEntity> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        em.createQuery("select a from AccountEntity a where a.code in :codes", AccountEntity.class)
                .setParameter("codes", Set.copyOf(codes)).getResultList().forEach(account -> found.put(account.code(), account));
        return found;
    }

    /** Which of {@code codes} have sub-accounts (group accounts take no postings). */
    public Set<String> groups(EntityManager em, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<String> parents = em.createQuery("select distinct a.parentCode from AccountEntity a where a.parentCode in :codes",
                String.class).setParameter("codes", Set.copyOf(codes)).getResultList();
        return Set.copyOf(parents);
    }

    /** The code of the account marked with {@code role}. */
    public String codeFor(EntityManager em, PostingRole role) {
        List<String> codes = em.createQuery("select a.code from AccountEntity a where a.postingRole = :role", String.class)
                .setParameter("role", role).getResultList();
        if (codes.isEmpty()) {
            throw new IllegalStateException("no account carries posting role " + role);
        }
        return codes.get(0);
    }

    /** All accounts ordered by code. */
    public List<AccountEntity> all(EntityManager em) {
        return em.createQuery("select a from AccountEntity a order by a.code", AccountEntity.class).getResultList();
    }
}
