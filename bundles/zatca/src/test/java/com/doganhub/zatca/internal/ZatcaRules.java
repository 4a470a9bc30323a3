package com.doganhub.zatca.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import net.sf.saxon.s9api.XdmSequenceIterator;
import net.sf.saxon.s9api.Axis;

/**
 * ZATCA's own validation rules (the SDK's BR-KSA schematron and the CEN EN16931 UBL schematron, compiled to XSLT)
 * run with Saxon-HE: what the Fatoora platform and the SDK's validator report for a document, as failed
 * assertions with their rule id and flag.
 */
public final class ZatcaRules {

    private static final Processor SAXON = new Processor(false);
    private static final List<XsltExecutable> RULES = List.of(compile("20210819_ZATCA_E-invoice_Validation_Rules.xsl"),
            compile("CEN-EN16931-UBL.xsl"));
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    private ZatcaRules() {
    }

    /** One failed assertion: the rule ({@code BR-KSA-25}), its flag (error, fatal or warning) and its text. */
    public record Finding(String rule, String flag, String text) {

        public boolean isError() {
            return !"warning".equals(flag);
        }
    }

    /** Every failed assertion of both rule sets for {@code xml}. */
    public static synchronized List<Finding> check(byte[] xml) {
        List<Finding> findings = new ArrayList<>();
        try {
            for (XsltExecutable rules : RULES) {
                XsltTransformer transformer = rules.load();
                transformer.setSource(new StreamSource(new ByteArrayInputStream(xml)));
                XdmDestination report = new XdmDestination();
                transformer.setDestination(report);
                transformer.transform();
                collect(report.getXdmNode(), findings);
            }
        } catch (SaxonApiException failed) {
            throw new IllegalStateException("the rules could not run: " + failed.getMessage(), failed);
        }
        return findings;
    }

    public static List<Finding> errors(byte[] xml) {
        return check(xml).stream().filter(Finding::isError).toList();
    }

    private static void collect(XdmNode node, List<Finding> findings) {
        XdmSequenceIterator<XdmNode> children = node.axisIterator(Axis.CHILD);
        while (children.hasNext()) {
            XdmNode child = children.next();
            if (child.getNodeName() != null && child.getNodeName().equals(new QName(SVRL, "failed-assert"))) {
                findings.add(new Finding(child.getAttributeValue(new QName("id")), child.getAttributeValue(new QName("flag")),
                        child.getStringValue().strip()));
            }
            collect(child, findings);
        }
    }

    private static XsltExecutable compile(String name) {
        try (InputStream in = ZatcaRules.class.getResourceAsStream("/zatca/rules/" + name)) {
            return SAXON.newXsltCompiler().compile(new StreamSource(in, "zatca/rules/" + name));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (SaxonApiException broken) {
            throw new IllegalStateException("cannot compile " + name + ": " + broken.getMessage(), broken);
        }
    }
}
