package se.koordinera.integration.riv.rehabilitation.listactive.v1;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/** The JAX-WS port type of ListActiveSickLeavesForCareUnit v1 (RIV-TA BP 2.1, document/literal bare). */
@WebService(name = "ListActiveSickLeavesForCareUnitResponderInterface",
        targetNamespace = "urn:riv:clinicalprocess:healthcond:rehabilitation:ListActiveSickLeavesForCareUnit:1:rivtabp21")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface ListActiveSickLeavesForCareUnitResponderInterface {

    String NS = "urn:riv:clinicalprocess:healthcond:rehabilitation:ListActiveSickLeavesForCareUnitResponder:1";

    @WebMethod(operationName = "ListActiveSickLeavesForCareUnit", action = NS + ":ListActiveSickLeavesForCareUnit")
    @WebResult(name = "ListActiveSickLeavesForCareUnitResponse", targetNamespace = NS, partName = "parameters")
    ListActiveSickLeavesForCareUnitResponse listActiveSickLeavesForCareUnit(
            @WebParam(name = "LogicalAddress", targetNamespace = "urn:riv:itintegration:registry:1", header = true, partName = "LogicalAddress")
            String logicalAddress,
            @WebParam(name = "ListActiveSickLeavesForCareUnit", targetNamespace = NS, partName = "parameters")
            ListActiveSickLeavesForCareUnit parameters);
}
