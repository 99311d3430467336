package se.koordinera.integration.riv.log.storelog.v2;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/** The JAX-WS port type of StoreLog v2 (Loggtjänsten; RIV-TA BP 2.1, document/literal bare). */
@WebService(name = "StoreLogResponderInterface", targetNamespace = "urn:riv:informationsecurity:auditing:log:StoreLog:2:rivtabp21")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface StoreLogResponderInterface {

    String NS = "urn:riv:informationsecurity:auditing:log:StoreLogResponder:2";

    @WebMethod(operationName = "StoreLog", action = NS + ":StoreLog")
    @WebResult(name = "StoreLogResponse", targetNamespace = NS, partName = "parameters")
    StoreLogResponse storeLog(
            @WebParam(name = "LogicalAddress", targetNamespace = "urn:riv:itintegration:registry:1", header = true, partName = "LogicalAddress")
            String logicalAddress,
            @WebParam(name = "StoreLog", targetNamespace = NS, partName = "parameters")
            StoreLog parameters);
}
