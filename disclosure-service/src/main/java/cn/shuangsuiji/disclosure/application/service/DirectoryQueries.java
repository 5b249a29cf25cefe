package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicItem;
import cn.shuangsuiji.disclosure.application.port.in.Cursor;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.PublicQueries;
import cn.shuangsuiji.disclosure.application.port.in.QueryInput;
import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.List;
import org.springframework.stereotype.Service;

/** 部门与抽查事项清单查询. */
@Service
class DirectoryQueries implements PublicQueries {

    private final PublicDirectory directory;

    DirectoryQueries(PublicDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<PublicDepartment> departments() {
        return directory.departments();
    }

    @Override
    public PublicDepartment department(String id) {
        return directory.findDepartment(id).orElseThrow(() -> DomainProblem.notFound("DEPARTMENT_NOT_FOUND", "部门", id));
    }

    @Override
    public Page<PublicItem> items(String departmentId, String cursor, int limit) {
        String after = Cursor.key(cursor);
        List<PublicItem> items = directory.items(QueryInput.text("departmentId", departmentId), after, limit);
        return Cursor.page(items, limit, i -> itemKey(i.itemId(), i.version()));
    }

    @Override
    public List<PublicItem> itemVersions(String itemId) {
        List<PublicItem> versions = directory.itemVersions(QueryInput.text("itemId", itemId));
        if (versions.isEmpty()) {
            throw DomainProblem.notFound("ITEM_NOT_FOUND", "抽查事项", itemId);
        }
        return versions;
    }

    /** The sort key of an item version: id and zero-padded version. */
    static String itemKey(String itemId, int version) {
        return itemId + ":" + String.format("%06d", version);
    }
}
