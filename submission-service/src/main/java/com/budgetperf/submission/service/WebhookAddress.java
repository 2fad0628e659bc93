package com.budgetperf.submission.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

import com.budgetperf.platform.problem.ProblemException;

/**
 * Where a county's webhook may point. An http(s) address on the open network: not this machine, not the cluster's
 * or the county's private network (loopback, link-local such as the cloud metadata address 169.254.169.254,
 * RFC 1918 and IPv6 unique-local ranges, multicast). Otherwise any county system could make submission-service
 * post to the other services, the database or the metadata endpoint from inside the cluster. Checked when a
 * webhook is registered and again before each delivery (a name can resolve elsewhere later). Tests and dev mode
 * deliver to a receiver on this machine, so private addresses can be allowed by configuration.
 */
public final class WebhookAddress {

    private WebhookAddress() {
    }

    /** The address as stored, or a 422 problem pointing at {@code /url}. */
    public static String checked(String url, boolean allowPrivateNetworks) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("/url", "地址格式不正确");
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw ProblemException.invalid("/url", "请填写以 https:// 或 http:// 开头的完整地址");
        }
        if (uri.getUserInfo() != null) {
            throw ProblemException.invalid("/url", "地址中不能包含用户名或密码");
        }
        if (!allowPrivateNetworks) {
            refusal(uri.getHost()).ifPresent(reason -> {
                throw ProblemException.invalid("/url", reason);
            });
        }
        return uri.toString();
    }

    /** Why a delivery to {@code url} must not be sent now, if it must not. */
    public static Optional<String> deliveryRefusal(String url, boolean allowPrivateNetworks) {
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        try {
            return refusal(new URI(url).getHost());
        } catch (URISyntaxException e) {
            return Optional.of("地址格式不正确");
        }
    }

    private static Optional<String> refusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("无法解析该地址的主机名 " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of("不能推送到本机或内网地址（" + host + " → " + address.getHostAddress() + "）");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // 0/8, carrier-grade NAT 100.64/10
                || (first == 198 && (second == 18 || second == 19)) || first >= 240; // benchmarking, reserved
    }
}
