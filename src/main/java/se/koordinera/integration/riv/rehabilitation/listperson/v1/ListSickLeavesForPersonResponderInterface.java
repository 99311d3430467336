package se.koordinera.integration.riv.rehabilitation.listperson.v1;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/** The JAX-WS port type of ListSickLeavesForPerson v1 (RIV-TA BP 2.1, document/literal bare). */
@WebService(name = "ListSickLeavesForPersonResponderInterface",
        targetNamespace = "urn:riv:clinicalprocess:healthcond:rehabilitation:ListSickLeavesForPerson:1:rivtabp21")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface ListSickLeavesForPersonResponderInterface {

    String NS = "urn:riv:clinicalprocess:healthcond:rehabilitation:ListSickLeavesForPersonResponder:1";

    @WebMethod(operationName = "ListSickLeavesForPerson", action = NS + ":ListSickLeavesForPerson")
    @WebResult(name = "ListSickLeavesForPersonResponse", targetNamespace = NS, partName = "parameters")
    ListSickLeavesForPersonResponse listSickLeavesForPerson(
            @WebParam(name = "LogicalAddress", targetNamespace = "urn:riv:itintegration:registry:1", header = true, partName = "LogicalAddress")
            String logicalAddress,
            @WebParam(name = "ListSickLeavesForPerson", targetNamespace = NS, partName = "parameters")
            ListSickLeavesForPerson parameters);
}
