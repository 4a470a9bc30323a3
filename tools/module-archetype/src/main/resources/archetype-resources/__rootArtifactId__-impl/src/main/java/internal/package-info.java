/** The ${moduleNameEn} module's implementation: private to its bundle. */
package ${package}.internal;
