package org.yangguang.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/** Departments by code. Used inside the callers' transactions. */
@ApplicationScoped
public class DepartmentRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Department> find(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Department require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException(SystemText.of("department.notFound", code)));
    }

    public List<Department> all() {
        return em.createNamedQuery("Department.findAll", Department.class).getResultList();
    }

    public void add(Department department) {
        em.persist(department);
    }
}
