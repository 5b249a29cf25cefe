package cn.shuangsuiji.identity.adapter.out.persistence;

import cn.shuangsuiji.identity.application.port.out.UserStore;
import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.UserProfile;
import cn.shuangsuiji.identity.domain.Username;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoUserStore implements UserStore {

    private final MongoTemplate mongo;

    MongoUserStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UserAccount> find(Username username) {
        return Optional.ofNullable(mongo.findById(username.value(), UserDocument.class)).map(MongoUserStore::toDomain);
    }

    @Override
    public void save(UserAccount account) {
        mongo.save(toDocument(account));
    }

    @Override
    public boolean insertIfAbsent(UserAccount account) {
        try {
            mongo.insert(toDocument(account));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    static UserDocument toDocument(UserAccount account) {
        UserProfile p = account.profile();
        return new UserDocument(account.username().value(), account.passwordHash(), p.displayName(), p.roleCodes(),
                p.department(), p.jurisdiction(), p.inspectorId(), account.enabled());
    }

    static UserAccount toDomain(UserDocument d) {
        return new UserAccount(new Username(d.username()), d.passwordHash(),
                UserProfile.of(d.name(), d.roles(), d.department(), d.jurisdiction(), d.inspectorId()), d.enabled());
    }
}
