import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, PageOf, ParseId, Roles, type Principal } from '@ptc/platform';
import { CreateUserDto, ListUsersQuery, UserView } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('admin: users')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Operation({ id: 'listUsers', summary: "The school's logins", type: PageOf(UserView) })
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Get(':id')
  @Operation({ id: 'getUser', summary: 'One login', type: UserView })
  get(@Param('id', ParseId) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  @Operation({ id: 'createUser', summary: 'A login, optionally linked to a directory record (personId)', status: 201, type: UserView })
  create(@Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(dto);
  }

  @Post(':id/disable')
  @Operation({ id: 'disableUser', summary: "Disable a login (its tokens stop working at once; its link to the directory stays)", type: UserView })
  disable(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string): Promise<UserView> {
    return this.users.disable(principal, id);
  }

  @Post(':id/enable')
  @Operation({ id: 'enableUser', summary: 'Enable a disabled login again, with its link to the directory', type: UserView })
  enable(@Param('id', ParseId) id: string): Promise<UserView> {
    return this.users.enable(id);
  }
}
